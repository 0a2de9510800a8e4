-- Rejected at ingest (unreadable, binary, malformed, duplicate, ...) and at cleaning (no article text left).

with

source as (

    select source_path, reason, detected_at from {{ source('raw', 'rejected_inputs') }}

    union all

    select source_path, reason, detected_at from {{ source('clean', 'rejected_articles') }}

),

final as (

    select
        cast(source_path as varchar) as source_path,
        cast(reason as varchar) as reason,
        cast(detected_at as timestamptz) as detected_at

    from source

)

select * from final
