-- Blocked content an analyst can add up (int_figures__to_count): top-level period figures, and running totals
-- ("telah memblokir 2,1 juta situs") turned into increments between two reports, one row per claim, with its
-- provenance (macros/figures.sql: the same shape as mart_case_counts_by_period).

{{ figures_to_count('fct_blocked_content', ['object_type', 'agency_id', 'family_agency_id']) }}
