-- One row per sum of money reported (fines, losses, seized funds), with its evidence.

with

money as (

    select * from {{ ref('stg_extracted__money') }}

),

final as (

    select
        fact_id,
        article_id,
        value,
        currency,
        what,
        surface_text,
        sentence_text,
        char_start,
        char_end

    from money

)

select * from final
