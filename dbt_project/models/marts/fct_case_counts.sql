-- One row per reported figure of cases or of people affected, with its evidence.

with

case_counts as (

    select * from {{ ref('stg_extracted__case_counts') }}

),

final as (

    select {{ figure_columns(['unit', 'category', 'agency_id', 'country_id']) }}

    from case_counts

)

select * from final
