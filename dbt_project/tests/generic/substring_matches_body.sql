{#-
    Every fact and mention carries its evidence: the characters [char_start, char_end) of the article body
    (0-based code points, end exclusive) must be exactly surface_text. Fails on rows whose substring differs,
    whose offsets are null or whose article is missing.

    arguments:
      articles:        the relation holding article_id and body (e.g. ref('dim_article'))
      surface_column, start_column, end_column, article_column: column names in the tested model
-#}
{% test substring_matches_body(
    model,
    articles,
    surface_column='surface_text',
    start_column='char_start',
    end_column='char_end',
    article_column='article_id'
) %}

with

facts as (

    select * from {{ model }}

),

articles as (

    select article_id, body from {{ articles }}

),

evidence as (

    select
        facts.{{ article_column }} as tested_article_id,
        facts.{{ start_column }} as tested_char_start,
        facts.{{ end_column }} as tested_char_end,
        facts.{{ surface_column }} as tested_surface_text,
        substr(
            articles.body,
            facts.{{ start_column }} + 1,
            facts.{{ end_column }} - facts.{{ start_column }}
        ) as body_substring

    from facts
    left join articles
        on facts.{{ article_column }} = articles.article_id

),

final as (

    select * from evidence
    where body_substring is distinct from tested_surface_text

)

select * from final

{% endtest %}
