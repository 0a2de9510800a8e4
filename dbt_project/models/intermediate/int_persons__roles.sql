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

stated as (

    select
        persons.article_id,
        persons.person_id,
        persons.full_name,
        persons.title,
        persons.agency_id,
        persons.country_id,
        articles.published_date,
        persons.char_start

    from persons
    left join articles
        on persons.article_id = articles.article_id

),

-- An article naming the person without the office ("Hun Manet menyebut ...") reports the office the person
-- held then: the one stated by the person's latest article up to this one (by date, then article_id; undated
-- articles last), else by the earliest one after it.
filled as (

    select
        article_id,
        person_id,
        full_name,
        published_date,
        char_start,
        title is not null or agency_id is not null as is_office_stated,
        coalesce(
            title,
            last_value(title ignore nulls) over to_here,
            first_value(title ignore nulls) over from_here
        ) as title,
        coalesce(
            agency_id,
            last_value(agency_id ignore nulls) over to_here,
            first_value(agency_id ignore nulls) over from_here
        ) as agency_id,
        coalesce(
            country_id,
            last_value(country_id ignore nulls) over to_here,
            first_value(country_id ignore nulls) over from_here
        ) as country_id

    from stated
    window
        to_here as (
            partition by person_id order by published_date asc nulls last, article_id asc
            rows between unbounded preceding and current row
        ),
        from_here as (
            partition by person_id order by published_date asc nulls last, article_id asc
            rows between current row and unbounded following
        )

),

final as (

    select
        filled.article_id,
        filled.person_id,
        filled.full_name,
        filled.title,
        filled.agency_id,
        filled.country_id,
        filled.is_office_stated,
        filled.published_date,
        filled.char_start,
        first_mentions.surface_text,
        first_mentions.sent_idx

    from filled
    left join first_mentions
        on
            filled.article_id = first_mentions.article_id
            and filled.person_id = first_mentions.person_id
            and first_mentions.mention_rank = 1

)

select * from final
