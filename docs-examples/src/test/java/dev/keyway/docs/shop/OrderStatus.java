package dev.keyway.docs.shop;

public enum OrderStatus { PLACED, PAID, SHIPPED }
