"""The Insights page: gentle charts of practice, feelings, meeting load and check-ins, each with its numbers."""
