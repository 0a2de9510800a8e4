-- One row per person per article: the rank or office, agency and country the article itself states.
-- A person's office changes over time (a minister becomes president, a general is promoted), so what an
-- article says is kept per article here; dim_person only summarises it (the most recent office).

with

persons as (

    select * from {{ ref('stg_extracted__persons') }}

),

articles as (

    select * from {{ ref('stg_clean__articles') }}

),

person_mentions as (

    select * from {{ ref('stg_extracted__entity_mentions') }}
    where entity_type = 'person'

),

-- the first mention of the person in the article: where the name (and its office) is introduced
first_mentions as (

    select
        article_id,
        entity_id as person_id,
        surface_text,
        sent_idx,
        row_number() over (
            partition by article_id, entity_id
            order by char_start asc, mention_id asc
        ) as mention_rank

    from person_mentions

),

final as (

    select
        persons.article_id,
        persons.person_id,
        persons.full_name,
        persons.title,
        persons.agency_id,
        persons.country_id,
        articles.published_date,
        persons.char_start,
        first_mentions.surface_text,
        first_mentions.sent_idx

    from persons
    left join articles
        on persons.article_id = articles.article_id
    left join first_mentions
        on
            persons.article_id = first_mentions.article_id
            and persons.person_id = first_mentions.person_id
            and first_mentions.mention_rank = 1

)

select * from final
