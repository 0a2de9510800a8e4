-- Case counts, typed, without withheld rows (macros/figures.sql: the same staging as blocked content).

{{ stage_figures('case_counts', 'fct_case_counts', ['unit', 'category', 'agency_id', 'country_id']) }}
