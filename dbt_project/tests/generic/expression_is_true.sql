{#-
    Every row satisfies `expression` (a SQL boolean over the model's columns); fails on the rows where it is
    false. Rows where it is null pass, as in a `where` clause. A package-free stand-in for
    dbt_utils.expression_is_true, so that a rule checked on several tables is written once and applied in YAML.

    arguments:
      expression: e.g. "value >= 0"
-#}
{% test expression_is_true(model, expression) %}

with

tested as (

    select * from {{ model }}

),

final as (

    select * from tested
    where not ({{ expression }})

)

select * from final

{% endtest %}
