with

source as (

    select * from {{ source('extracted', 'delegation_participants') }}
    where delegation_id not in (
        select delegation_id from {{ source('extracted', 'delegations') }}
        where article_id in {{ quarantined_articles() }} and delegation_id is not null
    )

),

final as (

    select
        cast(delegation_id as varchar) as delegation_id,
        cast(person_id as varchar) as person_id,
        cast(agency_id as varchar) as agency_id,
        cast(role as varchar) as role

    from source

)

select * from final
