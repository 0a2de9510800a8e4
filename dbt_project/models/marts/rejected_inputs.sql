-- One row per rejected input: nothing is dropped silently.

with

rejected_inputs as (

    select * from {{ ref('stg_pantau__rejected_inputs') }}

),

final as (

    select
        source_path,
        reason,
        detected_at

    from rejected_inputs

)

select * from final
