{#-
    The columns of a rejected input, typed: the one shape raw.rejected_inputs (ingest) and
    clean.rejected_articles (cleaning) are staged in, so the marts can union them.
-#}
{% macro rejection_columns() -%}
    cast(source_path as varchar) as source_path,
    cast(reason as varchar) as reason,
    cast(detected_at as timestamptz) as detected_at
{%- endmacro %}
