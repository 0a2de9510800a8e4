{#-
    A stable surrogate key: md5 of the columns joined by '|', with nulls spelled '<null>' so that
    (null, 'a') and ('a', null) differ. Same idea as dbt_utils.generate_surrogate_key, without the package.
-#}
{% macro pantau_key(columns) -%}
    md5(concat_ws('|'
    {%- for column in columns %}
        , coalesce(cast({{ column }} as varchar), '<null>')
    {%- endfor %}
    ))
{%- endmacro %}
