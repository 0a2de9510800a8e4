-- Inputs rejected at ingest (unreadable, binary, malformed, duplicate, ...).

with

source as (

    select * from {{ source('raw', 'rejected_inputs') }}

),

final as (

    select
        cast(source_path as varchar) as source_path,
        cast(reason as varchar) as reason,
        cast(detected_at as timestamptz) as detected_at

    from source

)

select * from final
