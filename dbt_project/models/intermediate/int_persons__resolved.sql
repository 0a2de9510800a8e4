-- One row per person across all articles. extracted.persons has one row per person per article;
-- person_id is already a slug of the normalised full name, so resolving is choosing, per person, the
-- attribute values the articles agree on most.

with

persons as (

    select * from {{ ref('stg_extracted__persons') }}

),

articles as (

    select * from {{ ref('stg_clean__articles') }}

),

person_articles as (

    select
        persons.person_id,
        persons.article_id,
        persons.full_name,
        persons.title,
        persons.agency_id,
        persons.country_id,
        articles.published_date

    from persons
    left join articles
        on persons.article_id = articles.article_id

),

-- one row per non-null attribute value per article (unpivot drops nulls)
attribute_values as (

    unpivot person_articles
    on full_name, title, agency_id, country_id
    into name attribute_name value attribute_value

),

attribute_votes as (

    select
        person_id,
        attribute_name,
        attribute_value,
        count(distinct article_id) as n_articles,
        max(published_date) as last_published_date

    from attribute_values
    group by person_id, attribute_name, attribute_value

),

-- the most frequent value wins; ties go to the most recently published value (a newer rank or office),
-- then alphabetically, so the choice is deterministic (never by ingested_at: when a file was first
-- ingested must not change what a build of the same folder publishes)
ranked_votes as (

    select
        *,
        row_number() over (
            partition by person_id, attribute_name
            order by
                n_articles desc,
                last_published_date desc nulls last,
                attribute_value asc
        ) as vote_rank

    from attribute_votes

),

chosen_attributes as (

    select
        person_id,
        max(case when attribute_name = 'full_name' then attribute_value end) as full_name,
        max(case when attribute_name = 'title' then attribute_value end) as title,
        max(case when attribute_name = 'agency_id' then attribute_value end) as agency_id,
        max(case when attribute_name = 'country_id' then attribute_value end) as country_id

    from ranked_votes
    where vote_rank = 1
    group by person_id

),

-- first article: earliest published_date (undated articles last), then the smallest article_id
ranked_appearances as (

    select
        person_id,
        article_id,
        published_date,
        row_number() over (
            partition by person_id
            order by
                published_date asc nulls last,
                article_id asc
        ) as appearance_rank

    from person_articles

),

first_appearances as (

    select
        person_id,
        article_id as first_seen_article_id,
        published_date as first_seen_date

    from ranked_appearances
    where appearance_rank = 1

),

appearance_counts as (

    select
        person_id,
        count(distinct article_id) as n_articles

    from person_articles
    group by person_id

),

final as (

    select
        appearance_counts.person_id,
        chosen_attributes.full_name,
        chosen_attributes.title,
        chosen_attributes.agency_id,
        chosen_attributes.country_id,
        first_appearances.first_seen_article_id,
        first_appearances.first_seen_date,
        appearance_counts.n_articles

    from appearance_counts
    left join chosen_attributes
        on appearance_counts.person_id = chosen_attributes.person_id
    left join first_appearances
        on appearance_counts.person_id = first_appearances.person_id

)

select * from final
