"""One module per page: the case list, a case file, the page view, downloads, runs."""
