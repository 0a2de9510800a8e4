{#-
    A model's foreign keys in one query: dbt's `relationships` test on each column listed, with exactly its
    condition (a non-null value of `column` that no row of `to` holds in `field`; `where` restricts the model's
    rows as the test's `where` config did). One test node per model instead of one per foreign key: every node
    costs dbt and Dagster a fixed ~30-50 ms (docs/scaling.md), like the `column_rules` test.

    A failing build says what failed: one row per missing value, naming the column and the model it should be
    in, with `n_records` rows holding it. `failures` counts the rows, as `relationships` counted them, so the
    check's failure count is their sum.

    arguments:
      keys: [{column: ..., to: <model or seed name>, field: ..., where: <optional SQL condition>}, ...]
-#}
{% test references(model, keys) %}

{{ config(fail_calc = "coalesce(sum(failures), 0)") }}

{%- for key in keys %}

{{ "union all" if not loop.first }}

select
    '{{ key["column"] }}' as column_name,
    '{{ key["to"] }}' as to_model,
    cast(child.{{ key["column"] }} as varchar) as value,
    count(*) as n_records,
    count(*) as failures

from {{ model }} as child
left join {{ ref(key["to"]) }} as parent
    on child.{{ key["column"] }} = parent.{{ key["field"] }}
where
    child.{{ key["column"] }} is not null
    and parent.{{ key["field"] }} is null
    {%- if key.get("where") %}
    and ({{ key["where"] }})
    {%- endif %}
group by child.{{ key["column"] }}
{%- endfor %}

{% endtest %}
