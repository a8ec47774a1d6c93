## calendar_sync
