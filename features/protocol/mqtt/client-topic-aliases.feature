@device:temperature-patch
Feature: A reporting device resolves the topic aliases its MQTT 5.0 broker sends it
  An MQTT 5.0 client that announces a Topic Alias Maximum in its CONNECT lets its broker name the topic of a
  PUBLISH by a number from 1 up to that maximum: a PUBLISH with an alias and a topic name maps the alias, a later
  one with the alias alone means that topic. A mapping lasts as long as the network connection it was made on.
  After the observation window the suite's broker sends a device that takes commands its command twice with the
  highest alias the device announced, first with the topic name and then by the alias alone; later, on a new
  connection, it sends a PUBLISH by that alias alone, which is unmapped there, and answers nothing more on it.

  Background:
    Given the device has connected to the suite's broker

  Rule: A client takes every Topic Alias from 1 up to the Topic Alias Maximum it announced

    @req:mqtt-5.0:MQTT-3.3.2-10 @pics:mqtt.version=5.0 @pics:mqtt.commands
    Scenario: The device takes commands sent by the highest topic alias it announced (MQTT 5.0)
      Then the device answers the commands the broker sends by the highest topic alias it announced

  Rule: A receiver keeps no Topic Alias mapping from one network connection to the next

    @req:mqtt-5.0:MQTT-3.3.2-7 @pics:mqtt.version=5.0 @pics:mqtt.commands
    Scenario: The device closes a connection on which the broker uses a topic alias mapped only on an earlier one (MQTT 5.0)
      Then the device closes the connection on which the broker sent it a message by a topic alias of an earlier connection, without taking the message
