"""Reading and checking a site's sources: files, the schema declared once, validation; `load` gathers every problem in one round."""
