{#-
    Case counts and blocked content are one kind of fact, a reported figure, in two tables: the same identity,
    value, period and evidence columns around the columns of what is counted (`own_columns`: unit, category,
    agency, country; or object_type, agency). Written once here, so that staging, the fact marts and the
    analyst marts of the two cannot drift apart; each model passes only what differs.
-#}

{#-
    The columns of a figure in contract order; `typed` casts them as staging does (own columns are text). Counts
    are integral, but upstream stores DOUBLE ("2,1 juta" parses to 2100000.0): the value is rounded to bigint.
-#}
{% macro figure_columns(own_columns, typed=false) -%}
    {%- set types = {
        'fact_id': 'varchar',
        'article_id': 'varchar',
        'value': 'bigint',
        'period_start': 'date',
        'period_end': 'date',
        'period_precision': 'varchar',
        'window_start': 'date',
        'window_end': 'date',
        'window_length': 'varchar',
        'qualifier': 'varchar',
        'as_of_date': 'date',
        'surface_text': 'varchar',
        'sentence_text': 'varchar',
        'char_start': 'bigint',
        'char_end': 'bigint',
        'part_of_fact_id': 'varchar',
        'figure_kind': 'varchar'
    } -%}
    {%- set head = ['fact_id', 'article_id', 'value'] -%}
    {%- set tail = [
        'period_start', 'period_end', 'period_precision', 'window_start', 'window_end', 'window_length',
        'qualifier', 'as_of_date', 'surface_text', 'sentence_text', 'char_start', 'char_end', 'part_of_fact_id',
        'figure_kind'
    ] -%}
    {%- for column in head + own_columns + tail %}
        {% if not typed -%}
            {{ column }}
        {%- elif column == 'value' -%}
            cast(round(value) as bigint) as value
        {%- else -%}
            cast({{ column }} as {{ types.get(column, 'varchar') }}) as {{ column }}
        {%- endif %}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{#- A staging model of a figure table: typed, without the rows the quality checks withheld (quarantine.sql). -#}
{% macro stage_figures(source_table, mart, own_columns) -%}
with

source as (

    select * from {{ source('extracted', source_table) }}
    where
        article_id not in {{ quarantined_articles() }}
        and fact_id not in {{ quarantined_keys(mart) }}

),

final as (

    select {{ figure_columns(own_columns, typed=true) }}

    from source

)

select * from final
{%- endmacro %}

{#-
    An analyst mart of one figure table (int_figures__to_count): the figures that can be added up, one row per
    claim, with its provenance. `own_columns` sit between value and period_start.
-#}
{% macro figures_to_count(fact_table, own_columns) -%}
with

figures as (

    select * from {{ ref('int_figures__to_count') }}

),

final as (

    select
        claim_id,
        basis,
        value,
        {{ own_columns | join(',\n        ') }},
        period_start,
        period_end,
        is_window,
        window_length,
        period_year,
        period_month,
        running_value,
        previous_value,
        is_decrease,
        series_id,
        previous_claim_id,
        first_reported_date,
        n_articles,
        fact_ids,
        article_ids

    from figures
    where fact_table = '{{ fact_table }}'

)

select * from final
{%- endmacro %}
