package dev.keyway.docs.model;

enum Status { PENDING, PAID, SHIPPED }
