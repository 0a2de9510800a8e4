-- One row per reported figure of things blocked, taken down or cut off, with its evidence.

with

blocked_content as (

    select * from {{ ref('stg_extracted__blocked_content') }}

),

final as (

    select {{ figure_columns(['object_type', 'agency_id']) }}

    from blocked_content

)

select * from final
