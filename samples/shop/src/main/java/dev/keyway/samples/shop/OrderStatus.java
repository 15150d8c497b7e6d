package dev.keyway.samples.shop;

/** Where an order is in its life; part of the GSI1 key of orders. */
public enum OrderStatus { PLACED, PAID, SHIPPED, CANCELLED }
