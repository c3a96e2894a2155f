"""The Discord layer: a thin surface over `bot.qa` (which never imports discord).

client.py   the AutoShardedBot holding the store, cooldowns, command sync by hash, reload
builder.py  what /reload runs in its helper process: build the store and its snapshot
ask.py      /ask /crew /astronaut /landing /expedition /aboard, with autocomplete
chat.py     forum posts and follow-ups, mentions, DMs
admin.py    /reload and the owner's `!reload` in DMs
embeds.py   Answer -> discord.Embed, and the page buttons
charts.py   the chart an answer gets (bot/charts), drawn in a thread, cached, optional
lookup.py   names for autocomplete and for checking submitted values
runner.py   `spacebot run` / `spacebot sync`
"""
