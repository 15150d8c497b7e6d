package dev.keyway.docs.model;

enum Tier { FREE, PRO }
