"""Data files -> validated SQLite, and read-only access to the built store.

Nothing in here imports discord: the store is shared by the CLI, the console and the bot.
"""
