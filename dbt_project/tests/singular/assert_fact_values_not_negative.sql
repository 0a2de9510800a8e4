-- Why: case counts and blocked-object counts are counts. A negative value can only come from a parsing
-- bug (a dash read as a minus sign, a range "2020-2023" read as a number), never from the text.

with

case_counts as (

    select
        'fct_case_counts' as fact_table,
        fact_id,
        value

    from {{ ref('fct_case_counts') }}

),

blocked_content as (

    select
        'fct_blocked_content' as fact_table,
        fact_id,
        value

    from {{ ref('fct_blocked_content') }}

),

facts as (

    select * from case_counts
    union all
    select * from blocked_content

),

final as (

    select * from facts
    where value < 0

)

select * from final
