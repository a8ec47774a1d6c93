## assistant
