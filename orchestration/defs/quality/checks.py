quality_checks: list = []
