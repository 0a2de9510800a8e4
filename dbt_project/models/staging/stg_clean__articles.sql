with

source as (

    select * from {{ source('clean', 'articles') }}
    where article_id not in {{ quarantined_articles() }}

),

final as (

    select
        cast(article_id as varchar) as article_id,
        cast(source_path as varchar) as source_path,
        cast(title as varchar) as title,
        cast(outlet as varchar) as outlet,
        cast(url as varchar) as url,
        cast(published_date as date) as published_date,
        cast(authors as varchar) as authors,
        cast(language as varchar) as language,
        cast(word_count as integer) as word_count,
        cast(content_hash as varchar) as content_hash,
        cast(ingested_at as timestamptz) as ingested_at,
        cast(body as varchar) as body,
        cast(n_removed_lines as integer) as n_removed_lines,
        cast(n_repeated_paragraphs as integer) as n_repeated_paragraphs

    from source

)

select * from final
