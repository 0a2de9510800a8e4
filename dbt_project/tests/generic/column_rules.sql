{#-
    A model's column-level rules in one query: dbt's `not_null`, `unique` and `accepted_values`, each on the
    columns listed, with exactly their conditions. One test node per model instead of one per column and rule:
    every node costs dbt and Dagster a fixed ~30-50 ms (docs/scaling.md), and 150 of them were most of a daily
    run's `dbt build`.

    A failing build says what failed: one row per violation, naming the rule and the column, and for `unique`
    and `accepted_values` the offending value, with `n_records` rows holding it. `failures` counts what the
    single tests counted (null rows; duplicated values; values outside the list), so the check's failure count
    is their sum. Nulls pass `unique` and `accepted_values`, as there.

    arguments:
      not_null: [column, ...]
      unique: [column, ...]
      accepted_values: {column: [value, ...], ...}
-#}
{% test column_rules(model, not_null=[], unique=[], accepted_values={}) %}

{{ config(fail_calc = "coalesce(sum(failures), 0)") }}

with

{% if not_null %}
null_counts as (

    select
        unnest([{% for column in not_null %}'{{ column }}'{{ ", " if not loop.last }}{% endfor %}]) as column_name,
        unnest([
            {%- for column in not_null %}
            count(*) filter (where {{ column }} is null){{ "," if not loop.last }}
            {%- endfor %}
        ]) as n_records

    from {{ model }}

),
{% endif %}

violations as (

    {%- set branches = [] %}
    {%- if not_null %}{% do branches.append("not_null") %}{% endif %}
    {%- for column in unique %}{% do branches.append(("unique", column)) %}{% endfor %}
    {%- for column in accepted_values %}{% do branches.append(("accepted_values", column)) %}{% endfor %}

    {%- for branch in branches %}
    {%- if branch == "not_null" %}

    select
        'not_null' as rule,
        column_name,
        cast(null as varchar) as value,
        n_records,
        n_records as failures
    from null_counts
    where n_records > 0

    {%- elif branch[0] == "unique" %}

    select
        'unique' as rule,
        '{{ branch[1] }}' as column_name,
        cast({{ branch[1] }} as varchar) as value,
        count(*) as n_records,
        1 as failures
    from {{ model }}
    where {{ branch[1] }} is not null
    group by {{ branch[1] }}
    having count(*) > 1

    {%- else %}

    select
        'accepted_values' as rule,
        '{{ branch[1] }}' as column_name,
        cast({{ branch[1] }} as varchar) as value,
        count(*) as n_records,
        1 as failures
    from {{ model }}
    where
        {{ branch[1] }} is not null
        and {{ branch[1] }} not in (
            {%- for value in accepted_values[branch[1]] %}'{{ value }}'{{ ", " if not loop.last }}{% endfor -%}
        )
    group by {{ branch[1] }}

    {%- endif %}
    {{ "union all" if not loop.last }}
    {%- endfor %}

)

select * from violations

{% endtest %}
