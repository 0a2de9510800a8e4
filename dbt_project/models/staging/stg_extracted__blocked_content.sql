-- Blocked content, typed, without withheld rows (macros/figures.sql: the same staging as case counts).

{{ stage_figures('blocked_content', 'fct_blocked_content', ['object_type', 'agency_id']) }}
