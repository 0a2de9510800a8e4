-- Case counts an analyst can add up (int_figures__to_count): top-level period figures, and running totals
-- turned into increments between two reports, one row per claim, with its provenance (macros/figures.sql: the
-- same shape as mart_blocked_by_period).

{{ figures_to_count('fct_case_counts', ['unit', 'category', 'agency_id', 'family_agency_id', 'country_id']) }}
