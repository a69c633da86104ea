"""The site's pages: which pages there are (plan), and each rendered with the theme (render, jsonld)."""
