-- Inputs rejected at ingest (unreadable, binary, malformed, duplicate, ...).

with

source as (

    select * from {{ source('raw', 'rejected_inputs') }}

),

final as (

    select {{ rejection_columns() }}

    from source

)

select * from final
