-- Inputs rejected at cleaning (no article text left once page furniture was removed).

with

source as (

    select * from {{ source('clean', 'rejected_articles') }}

),

final as (

    select {{ rejection_columns() }}

    from source

)

select * from final
