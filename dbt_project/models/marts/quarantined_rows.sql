-- Rows withheld from their mart because a row-level quality check rejected them: nothing is dropped silently.

with

withheld as (

    select * from {{ source('quarantine', 'withheld') }}

),

final as (

    select
        cast(table_name as varchar) as table_name,
        cast(row_key as varchar) as row_key,
        cast(article_id as varchar) as article_id,
        cast(source_path as varchar) as source_path,
        cast(check_name as varchar) as check_name,
        cast(reason as varchar) as reason,
        cast(detected_at as timestamptz) as detected_at,
        cast(stage as varchar) as stage

    from withheld

)

select * from final
