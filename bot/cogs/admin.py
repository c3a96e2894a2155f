"""/reload (server managers and configured admins) and `!reload` (the owner, in a DM).

Both rebuild the store from data/ in a thread and swap it in; questions keep being
answered from the old store meanwhile, and on a validation error it stays in service.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from .client import Refused, SpaceBot, is_admin, log_event


def _admin_only(interaction: discord.Interaction) -> bool:
    bot: SpaceBot = interaction.client  # type: ignore[assignment]
    if is_admin(bot.settings, interaction.user, interaction.permissions):
        return True
    raise Refused("Only server managers and the bot's configured admins can reload the data.")


class Admin(commands.Cog):
    def __init__(self, bot: SpaceBot):
        self.bot = bot

    @app_commands.command(name="reload", description="Rebuild the fact store from data/ (admins)")
    @app_commands.default_permissions(manage_guild=True)  # hides it; the check below decides
    @app_commands.guild_only()
    @app_commands.check(_admin_only)
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)  # a build takes ~1 s
        log_event("reload", user=interaction.user.id, guild=interaction.guild_id)
        report = await self.bot.reload_store()
        await interaction.followup.send(report.text(), ephemeral=True)

    @commands.command(name="reload", hidden=True)
    @commands.dm_only()
    @commands.is_owner()
    async def reload_text(self, ctx: commands.Context) -> None:
        log_event("reload", user=ctx.author.id, via="dm")
        async with ctx.typing():
            report = await self.bot.reload_store()
        await ctx.reply(report.text(), mention_author=False)


async def setup(bot: SpaceBot) -> None:
    await bot.add_cog(Admin(bot))
