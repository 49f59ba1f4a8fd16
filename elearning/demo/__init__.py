"""The five training blocks of the green-jobs advisors, as demo courses (pl, en, es)."""
