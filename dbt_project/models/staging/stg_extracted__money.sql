with

source as (

    select * from {{ source('extracted', 'money') }}
    where article_id not in {{ quarantined_articles() }}

),

final as (

    select
        cast(fact_id as varchar) as fact_id,
        cast(article_id as varchar) as article_id,
        -- sums of money stay DOUBLE: foreign currencies can have fractions ("USD 1,25")
        cast(value as double) as value,
        cast(currency as varchar) as currency,
        cast(what as varchar) as what,
        cast(surface_text as varchar) as surface_text,
        cast(sentence_text as varchar) as sentence_text,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end

    from source

)

select * from final
