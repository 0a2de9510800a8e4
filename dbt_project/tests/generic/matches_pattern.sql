{#-
    Every non-null value of the column matches `pattern` in full (a DuckDB / RE2 regular expression); fails on the
    rows that do not. A package-free stand-in for dbt_expectations.expect_column_values_to_match_regex.

    arguments:
      pattern: e.g. "^P[1-9][0-9]*[YMD]$" (var window_length_pattern)
-#}
{% test matches_pattern(model, column_name, pattern) %}

with

tested as (

    select * from {{ model }}

),

final as (

    select * from tested
    where
        {{ column_name }} is not null
        and not regexp_full_match({{ column_name }}, '{{ pattern }}')

)

select * from final

{% endtest %}
