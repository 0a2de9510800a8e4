-- Why: staging rounds case counts and blocked counts from DOUBLE to BIGINT. A fractional count upstream
-- ("2,5 kasus") means the number parser mis-read the text; rounding would hide that, so warn about it here.

{{ config(severity='warn') }}

with

case_counts as (

    select
        'case_counts' as source_table,
        fact_id,
        value

    from {{ source('extracted', 'case_counts') }}

),

blocked_content as (

    select
        'blocked_content' as source_table,
        fact_id,
        value

    from {{ source('extracted', 'blocked_content') }}

),

facts as (

    select * from case_counts
    union all
    select * from blocked_content

),

final as (

    select * from facts
    where value <> round(value)

)

select * from final
