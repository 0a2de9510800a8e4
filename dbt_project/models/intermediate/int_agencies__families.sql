-- One row per reference agency: the family it belongs to, for matching claims across articles.
-- A family is the top of the agency's hierarchy, followed through parents (KBRI -> KEMLU, Bareskrim's
-- POLRI is already one code) and predecessors (KOMDIGI is the successor of KOMINFO, so both are one
-- family): two outlets quoting an embassy and the ministry, or Kominfo before and Komdigi after the
-- renaming, state the same figure through one family.

with recursive

agencies as (

    select * from {{ ref('stg_reference__agencies') }}

),

links as (

    select
        agency_id,
        coalesce(parent_agency_id, successor_of) as up_agency_id

    from agencies

),

walk (agency_id, ancestor_agency_id, depth) as (

    select
        agency_id,
        agency_id as ancestor_agency_id,
        0 as depth

    from links

    union all

    select
        walk.agency_id,
        links.up_agency_id as ancestor_agency_id,
        walk.depth + 1 as depth

    from walk
    inner join links
        on walk.ancestor_agency_id = links.agency_id
    -- the reference data has no cycles (a dbt test guards it); the bound keeps a bad edit from looping
    where links.up_agency_id is not null and walk.depth < 10

),

final as (

    select
        agency_id,
        arg_max(ancestor_agency_id, depth) as family_agency_id,
        max(depth) as family_depth

    from walk
    group by agency_id

)

select * from final
