"""Every other output made from the model: the API, calendars, feeds, HSDS and the editor schemas."""
