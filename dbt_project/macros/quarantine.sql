{#-
    What the quality checks withheld before dbt ran (expectations/quarantine.py, source quarantine.withheld):
    staging leaves these rows out, so no mart carries them and every mart agrees with the others.
    `quarantined_articles()`: articles withheld as a whole (a row of raw/clean.articles failed a row-level check);
    everything extracted from them is left out too.
    `quarantined_keys(mart)`: keys of single rows withheld from that mart (a fact failed a row-level check).
-#}
{% macro quarantined_articles() -%}
    (
        select article_id from {{ source('quarantine', 'withheld') }}
        where table_name = 'dim_article' and article_id is not null
    )
{%- endmacro %}

{% macro quarantined_keys(mart) -%}
    (
        select row_key from {{ source('quarantine', 'withheld') }}
        where table_name = '{{ mart }}'
    )
{%- endmacro %}
