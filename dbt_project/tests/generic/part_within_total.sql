{#-
    A figure's `part_of_fact_id` (transforms/facts/relations.py) names a fact of the same model and the same
    article, and a part never exceeds its total. Fails on the parts whose total is missing, in another article,
    or smaller than the part.
-#}
{% test part_within_total(model) %}

with

parts as (

    select * from {{ model }}
    where part_of_fact_id is not null

),

facts as (

    select * from {{ model }}

),

final as (

    select
        parts.fact_id,
        parts.article_id,
        parts.value,
        parts.part_of_fact_id,
        totals.article_id as total_article_id,
        totals.value as total_value

    from parts
    left join facts as totals
        on parts.part_of_fact_id = totals.fact_id
    where
        totals.fact_id is null
        or totals.article_id != parts.article_id
        or parts.value > totals.value

)

select * from final

{% endtest %}
