-- One row per accepted article. `body` is the cleaned text that every char_start/char_end indexes.

with

articles as (

    select * from {{ ref('stg_clean__articles') }}

),

final as (

    select
        article_id,
        source_path,
        title,
        outlet,
        url,
        published_date,
        authors,
        language,
        word_count,
        content_hash,
        ingested_at,
        body,
        n_removed_lines,
        n_repeated_paragraphs

    from articles

)

select * from final
