-- Inputs rejected at cleaning (no article text left once page furniture was removed).

with

source as (

    select * from {{ source('clean', 'rejected_articles') }}

),

final as (

    select
        cast(source_path as varchar) as source_path,
        cast(reason as varchar) as reason,
        cast(detected_at as timestamptz) as detected_at

    from source

)

select * from final
