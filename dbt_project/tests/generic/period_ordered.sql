{#-
    A period never ends before it starts. Rows with either bound null pass (open or undated periods).
-#}
{% test period_ordered(model, start_column='period_start', end_column='period_end') %}

with

periods as (

    select * from {{ model }}

),

final as (

    select * from periods
    where {{ start_column }} > {{ end_column }}

)

select * from final

{% endtest %}
