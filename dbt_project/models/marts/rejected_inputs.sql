-- One row per rejected input: nothing is dropped silently. Rejected at ingest (raw) or at cleaning (clean).

with

rejected_at_ingest as (

    select * from {{ ref('stg_raw__rejected_inputs') }}

),

rejected_at_cleaning as (

    select * from {{ ref('stg_clean__rejected_articles') }}

),

rejected as (

    select * from rejected_at_ingest
    union all
    select * from rejected_at_cleaning

),

final as (

    select
        source_path,
        reason,
        detected_at

    from rejected

)

select * from final
