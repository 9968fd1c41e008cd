"""The routers: JSON API (documents, tasks) and the web pages; one small module each."""
